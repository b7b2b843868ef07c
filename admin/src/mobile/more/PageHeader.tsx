import { A, useParams } from '@solidjs/router';
import { Suspense } from 'solid-js';
import Icon from '../../components/Icon';
import { t } from '../../lib/i18n';
import ChildSwitcher from './ChildSwitcher';

/** A mobile page's top bar (back to the workbench, the title) with the child being looked at under it. */
export default function PageHeader(props: { title: string; back?: string }) {
  const params = useParams<{ school: string }>();
  return (
    <>
      <header class="m-topbar">
        <A href={props.back ?? `/${params.school}/m`} class="m-topbar__back">
          <Icon name="back" size={22} />
          <span class="visually-hidden">{t('common.back')}</span>
        </A>
        <h1 class="m-topbar__title">{props.title}</h1>
        {/* as wide as the back button, so the title sits in the middle */}
        <span class="m-topbar__balance" aria-hidden="true" />
      </header>
      <Suspense>
        <ChildSwitcher variant="bar" />
      </Suspense>
    </>
  );
}
