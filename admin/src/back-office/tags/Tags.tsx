import { useSearchParams } from '@solidjs/router';
import { Show } from 'solid-js';
import TagList from './TagList';
import TagMembers from './TagMembers';
import '../contacts/contacts.css';
import './tags.css';

/**
 * 通訊錄 / 標籤: the tag list, or one tag's members when the address names it (`?tag=<id>`),
 * so the menu and the trail stay on 標籤 and the browser's back returns to the list.
 */
export default function Tags() {
  const [search] = useSearchParams();
  const tagId = () => {
    const v = search.tag;
    return (Array.isArray(v) ? v[0] : v) ?? '';
  };
  return (
    <Show when={tagId()} keyed fallback={<TagList />}>
      {(id) => <TagMembers id={id} />}
    </Show>
  );
}
