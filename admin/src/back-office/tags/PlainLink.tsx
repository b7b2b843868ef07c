import { useHref, useResolvedPath } from '@solidjs/router';
import type { JSX } from 'solid-js';

/**
 * A link within the app that never claims to be the current page. The router's <A> marks
 * every link to this path as aria-current, whatever the `?tag=` it carries; the router still
 * handles the click of a plain anchor.
 */
export default function PlainLink(props: { href: string; class?: string; children: JSX.Element }) {
  // as <A> does: the path resolved under the router's base (/admin), then rendered
  const href = useHref(useResolvedPath(() => props.href));
  return (
    <a href={href()} class={props.class}>
      {props.children}
    </a>
  );
}
