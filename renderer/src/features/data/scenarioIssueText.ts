/**
 * What is wrong with one field of an imported scenario, in the user's
 * language. The scenario schema's own problems come as message keys with the
 * values they name; zod's built-in checks come in English, whose common
 * shapes are said again here, and anything else is shown as given.
 */
import { formatNumberNow } from '@renderer/i18n/format';
import { i18n } from '@renderer/i18n';
import { fieldMessage } from '@renderer/i18n/validation';
import type { FieldIssue } from '@shared/api/errors';
import { NAMESPACES } from '@shared/i18n';
import { isFieldMessageKey } from '@shared/i18n/render';

const t = i18n.getFixedT(null, NAMESPACES);

const NUMBER = '(-?\\d+(?:\\.\\d+)?(?:e[+-]?\\d+)?)';
const patterns: [RegExp, (m: RegExpExecArray) => string][] = [
  [new RegExp(`^Too small: expected number to be >=${NUMBER}$`), (m) => t('errors:field.min', { min: n(m[1]) })],
  [
    new RegExp(`^Too small: expected number to be >${NUMBER}$`),
    (m) => t('errors:field.minExclusive', { min: n(m[1]) }),
  ],
  [new RegExp(`^Too big: expected number to be <=${NUMBER}$`), (m) => t('errors:field.max', { max: n(m[1]) })],
  [new RegExp(`^Too big: expected number to be <${NUMBER}$`), (m) => t('errors:field.maxExclusive', { max: n(m[1]) })],
  [/^Too small: expected string to have >=1 characters?$/, () => t('errors:field.required')],
  [
    new RegExp(`^Too small: expected string to have >=${NUMBER} characters$`),
    (m) => t('errors:field.minLength', { min: n(m[1]) }),
  ],
  [
    new RegExp(`^Too big: expected string to have <=${NUMBER} characters$`),
    (m) => t('errors:field.maxLength', { max: n(m[1]) }),
  ],
  [
    new RegExp(`^Too big: expected array to have <=${NUMBER} items$`),
    (m) => t('errors:field.tooMany', { max: n(m[1]) }),
  ],
  [/^Invalid input: expected \w+, received undefined$/, () => t('errors:field.required')],
  [
    /^Invalid input: expected (number|int), received \w+$/,
    (m) => t(m[1] === 'int' ? 'errors:field.integer' : 'errors:field.number'),
  ],
  [/^Invalid input: expected boolean, received \w+$/, () => t('data:issues.trueOrFalse')],
  [/^Invalid input: expected string, received \w+$/, () => t('data:issues.text')],
  [/^Invalid input: expected array, received \w+$/, () => t('data:issues.list')],
  [/^Invalid input: expected (object|record), received \w+$/, () => t('data:issues.object')],
  [/^Invalid input: expected (.+)$/, (m) => t('data:issues.mustBe', { value: m[1] })],
  [
    /^Invalid option: expected one of (.+)$/,
    (m) => t('data:issues.oneOf', { options: (m[1] ?? '').split('|').join(', ') }),
  ],
];

function n(text: string | undefined): string {
  return formatNumberNow(Number(text));
}

export function scenarioIssueText(issue: FieldIssue): string {
  if (isFieldMessageKey(issue.message)) return fieldMessage(issue.message, issue.values) ?? issue.message;
  for (const [pattern, say] of patterns) {
    const m = pattern.exec(issue.message);
    if (m) return say(m);
  }
  return issue.message;
}
