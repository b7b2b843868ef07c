/**
 * Provisions a school on the local data directory:
 *   npm run school:create -- --code B-888 --name 澳門示範學校 [--name-en …] [--name-pt …]
 *     --creator-name 陳校長 --account admin --phone 66000001 [--area 853] --password …
 */
import { parseArgs } from 'node:util';
import * as v from 'valibot';
import { createLocalDeps } from '../api/src/local';
import { provisionSchool } from '../api/src/operator/provision-school';
import { CreateSchool } from '../api/src/operator/schemas';

const { values } = parseArgs({
  options: {
    code: { type: 'string' },
    name: { type: 'string' },
    'name-en': { type: 'string' },
    'name-pt': { type: 'string' },
    'creator-name': { type: 'string', default: '創建人' },
    account: { type: 'string', default: 'admin' },
    phone: { type: 'string' },
    area: { type: 'string', default: '853' },
    password: { type: 'string' },
  },
});

const input = v.safeParse(CreateSchool, {
  code: values.code,
  nameZh: values.name,
  nameEn: values['name-en'],
  namePt: values['name-pt'],
  creator: { name: values['creator-name'], account: values.account, areaCode: values.area, phone: values.phone, password: values.password },
});
if (!input.success) {
  for (const issue of input.issues) console.error(`${v.getDotPath(issue) ?? 'input'}: ${issue.message}`);
  process.exit(2);
}
const deps = await createLocalDeps();
try {
  const school = await provisionSchool(deps, input.output);
  console.log(`provisioned ${school.code} ${school.name['zh-Hant']}`);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
} finally {
  await deps.schools.closeAll();
}
