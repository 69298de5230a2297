/**
 * What is wrong with one field of an imported scenario, in the user's
 * language. The backend words scenario problems in English (zod's own
 * messages and the scenario schema's refinements); the common shapes are said
 * again here, and anything else is shown as given.
 */
import { formatNumberNow } from '@renderer/i18n/format';
import { i18n } from '@renderer/i18n';
import { fieldMessage } from '@renderer/i18n/validation';
import { NAMESPACES } from '@shared/i18n';

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
  [/^unknown line "(.*)"$/, (m) => t('data:issues.unknownLine', { id: m[1] })],
  [/^duplicate (?:line id|device id|tier name) "(.*)"$/, (m) => t('data:issues.duplicate', { id: m[1] })],
  [/^unknown tier "(.*)" \(the plan has .*\)$/, (m) => t('data:issues.unknownTier', { tier: m[1] })],
  [/^a pool plan needs poolGB$/, () => t('errors:field.poolNeedsSize')],
  [/^a fixed-length cycle needs both cycleLengthDays and cycleAnchor$/, () => t('errors:field.cycleBoth')],
];

function n(text: string | undefined): string {
  return formatNumberNow(Number(text));
}

export function scenarioIssueText(message: string): string {
  for (const [pattern, say] of patterns) {
    const m = pattern.exec(message);
    if (m) return say(m);
  }
  return fieldMessage(message) ?? message;
}
