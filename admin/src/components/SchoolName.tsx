import type { SchoolInfo } from '../lib/client';
import { locale } from '../lib/i18n';

/** The school's name in the UI language, with its code; just the code until the name loads. */
export default function SchoolName(props: { info: SchoolInfo | undefined; code: string }) {
  const name = () => props.info?.name[locale()] || props.info?.name['zh-Hant'];
  return (
    <>
      {name() ?? props.code}
      {name() && <span class="school-code">{props.info?.code ?? props.code}</span>}
    </>
  );
}
