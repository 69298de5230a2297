import { Badge, Box, Button, Callout, Card, Dialog, Flex, Heading, Separator, Text } from '@radix-ui/themes';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Alert, AlertSeverity } from '@shared/alerts/schema';
import { alertText } from '@shared/alerts/text';
import { useFormat } from '@renderer/i18n/format';
import { useShallow, useStore } from '@renderer/store';
import { selectLineNames } from '../household/selectors';
import { formatIsoDate, todayIso } from '../cycle/dates';
import { AlertSettingsForm } from './AlertSettingsForm';

const SEVERITY_COLOR: Record<AlertSeverity, 'red' | 'amber' | 'blue'> = {
  critical: 'red',
  warning: 'amber',
  info: 'blue',
};

/** The list of the household's alerts, the browser's notification switch and the alert settings. */
export function AlertsPanel({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('alerts');
  const alerts = useStore((s) => s.alerts);
  const household = useStore((s) => s.households.find((h) => h.id === s.loadedHouseholdId)?.name ?? '');
  const markRead = useStore((s) => s.markAlertsRead);
  const unread = alerts.filter((a) => a.readAt === null).length;

  return (
    <Flex direction="column" gap="3">
      <Flex justify="between" align="center" gap="3" wrap="wrap">
        <Dialog.Title mb="0">{t('title')}</Dialog.Title>
        {unread > 0 ? (
          <Button variant="soft" size="1" onClick={() => void markRead()}>
            {t('markAllRead')}
          </Button>
        ) : null}
      </Flex>
      <Text as="p" size="2" color="gray">
        {t('intro')}
      </Text>
      <BrowserNotificationSwitch />
      {alerts.length === 0 ? (
        <Text as="p" size="2">
          {t('empty')}
        </Text>
      ) : (
        <Box asChild style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          <ul aria-label={t('listLabel', { household })}>
            {alerts.map((alert) => (
              <AlertItem key={alert.key} alert={alert} />
            ))}
          </ul>
        </Box>
      )}
      <Separator size="4" />
      <AlertSettingsForm household={household} />
      <Flex justify="end">
        <Button variant="soft" color="gray" onClick={onClose}>
          {t('close')}
        </Button>
      </Flex>
    </Flex>
  );
}

function AlertItem({ alert }: { alert: Alert }) {
  const { t } = useTranslation('alerts');
  const format = useFormat();
  const lineNames = useStore(useShallow(selectLineNames));
  const markRead = useStore((s) => s.markAlertsRead);
  const text = alertText(alert, format.locale, alert.lineId ? lineNames.get(alert.lineId) : undefined);
  const unread = alert.readAt === null;
  const raised = formatIsoDate(todayIso(new Date(alert.createdAt)), format.locale);
  return (
    <Box asChild mb="2">
      <li>
        <Card variant={unread ? 'surface' : 'ghost'}>
          <Flex direction="column" gap="1">
            <Flex gap="2" align="center" wrap="wrap">
              <Badge color={SEVERITY_COLOR[alert.severity]}>{t(`severity.${alert.severity}`)}</Badge>
              {unread ? <Badge variant="solid">{t('unread')}</Badge> : null}
              <Heading as="h3" size="2">
                {text.title}
              </Heading>
            </Flex>
            <Text as="p" size="2">
              {text.body}
            </Text>
            <Flex justify="between" align="center" gap="2">
              <Text size="1" color="gray">
                {t('raisedOn', { date: raised })}
              </Text>
              {unread ? (
                <Button size="1" variant="ghost" onClick={() => void markRead([alert.key])}>
                  {t('markRead')}
                </Button>
              ) : null}
            </Flex>
          </Flex>
        </Card>
      </li>
    </Box>
  );
}

/** Browser mode only: the browser asks the user once, from this button. */
function BrowserNotificationSwitch() {
  const { t } = useTranslation('alerts');
  const by = useStore((s) => s.notificationsBy);
  const permission = useStore((s) => s.notificationPermission);
  const enable = useStore((s) => s.enableBrowserNotifications);
  const resolve = useStore((s) => s.resolveNotificationShell);
  const reportError = useStore((s) => s.reportError);
  useEffect(() => {
    resolve().catch(reportError);
  }, [resolve, reportError]);
  if (by !== 'page') return null;
  if (permission === 'default') {
    return (
      <Flex>
        <Button size="2" variant="outline" onClick={() => void enable()}>
          {t('notifications.enable')}
        </Button>
      </Flex>
    );
  }
  const message =
    permission === 'granted'
      ? t('notifications.enabled')
      : permission === 'denied'
        ? t('notifications.blocked')
        : t('notifications.unsupported');
  return (
    <Callout.Root size="1" color={permission === 'granted' ? 'green' : 'gray'}>
      <Callout.Text>{message}</Callout.Text>
    </Callout.Root>
  );
}
