import { Callout, Flex, Heading, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { Evaluation, Severity } from '@shared/engine/types';
import { everythingFits } from '@shared/engine/warnings';
import { useWarningText } from './useWarningText';

/**
 * Each severity looks different three ways, so no one depends on colour alone:
 * a colour, an icon and a word.
 */
const COLOR: Record<Severity, 'red' | 'amber' | 'blue'> = { critical: 'red', warning: 'amber', info: 'blue' };

function SeverityIcon({ severity }: { severity: Severity }) {
  const common = { width: 16, height: 16, viewBox: '0 0 16 16', 'aria-hidden': true, focusable: false } as const;
  if (severity === 'critical') {
    // An octagon with a bar: stop.
    return (
      <svg {...common}>
        <path d="M5 1h6l4 4v6l-4 4H5l-4-4V5z" fill="currentColor" />
        <rect x="4" y="7" width="8" height="2" fill="white" />
      </svg>
    );
  }
  if (severity === 'warning') {
    // A triangle with an exclamation mark.
    return (
      <svg {...common}>
        <path d="M8 1l7.5 13.5h-15z" fill="currentColor" />
        <rect x="7.1" y="5.5" width="1.8" height="5" fill="white" />
        <rect x="7.1" y="11.5" width="1.8" height="1.8" fill="white" />
      </svg>
    );
  }
  // A circle with an "i".
  return (
    <svg {...common}>
      <circle cx="8" cy="8" r="7.5" fill="currentColor" />
      <rect x="7.1" y="7" width="1.8" height="5.5" fill="white" />
      <rect x="7.1" y="3.5" width="1.8" height="1.8" fill="white" />
    </svg>
  );
}

const PLAIN_LIST = { listStyle: 'none', margin: 0, padding: 0 } as const;

/**
 * The evaluation's warnings in the order the engine gives them (most severe
 * and soonest first). "Everything fits" is said only when nothing critical or
 * needing a look is left and no line is short; information may still follow.
 */
export function WarningsSection({ evaluation }: { evaluation: Pick<Evaluation, 'warnings' | 'lines'> }) {
  const { t } = useTranslation('cycle');
  const textOf = useWarningText();
  const { warnings } = evaluation;
  return (
    <section aria-labelledby="plan-warnings-heading">
      <Heading as="h3" size="4" mb="3" id="plan-warnings-heading">
        {t('warnings.heading')}
      </Heading>
      <Flex direction="column" gap="3">
        {everythingFits(evaluation) ? (
          <Callout.Root color="green">
            <Callout.Text>{t('warnings.allClear')}</Callout.Text>
          </Callout.Root>
        ) : null}
        {warnings.length > 0 ? (
          <Flex asChild direction="column" gap="3">
            <ul style={PLAIN_LIST} aria-label={t('warnings.heading')}>
              {warnings.map((w, i) => {
                const text = textOf(w);
                const word = t(`warnings.severity.${w.severity}`);
                return (
                  <li key={`${w.code}-${w.line ?? ''}-${w.device ?? ''}-${i}`} data-severity={w.severity}>
                    <Callout.Root color={COLOR[w.severity]}>
                      <Callout.Icon>
                        <SeverityIcon severity={w.severity} />
                      </Callout.Icon>
                      <Flex direction="column" gap="1">
                        <Text as="p" weight="bold" size="2">
                          <Text weight="bold" style={{ textTransform: 'uppercase', letterSpacing: '0.03em' }} size="1">
                            {word}
                          </Text>
                          <span aria-hidden="true"> · </span>
                          <span>{text.title}</span>
                        </Text>
                        <Text as="p" size="2">
                          {text.body}
                        </Text>
                        <Text as="p" size="2">
                          <Text weight="medium">{t('warnings.whatToDo')}</Text> {text.action}
                        </Text>
                      </Flex>
                    </Callout.Root>
                  </li>
                );
              })}
            </ul>
          </Flex>
        ) : null}
      </Flex>
    </section>
  );
}
