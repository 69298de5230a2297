import { Badge, Dialog, IconButton } from '@radix-ui/themes';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '@renderer/store';
import { useRefreshOnHouseholdChange } from '../cycle/useRefreshOnHouseholdChange';
import { AlertsPanel } from './AlertsPanel';

/**
 * How often the page asks for alerts the backend raised on its own (its
 * hourly check, or a change made in another window).
 */
const POLL_MS = 60_000;

/** The bell in the app frame: the count of unread alerts; a click opens the list. */
export function AlertsBell() {
  const { t } = useTranslation('alerts');
  const [open, setOpen] = useState(false);
  const refresh = useStore((s) => s.refreshAlerts);
  const householdId = useStore((s) => s.loadedHouseholdId);
  const unread = useStore((s) => s.alerts.filter((a) => a.readAt === null).length);
  useRefreshOnHouseholdChange(refresh);
  useEffect(() => {
    if (!householdId) return;
    const timer = setInterval(() => void refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [householdId, refresh]);

  if (!householdId) return null;
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger>
        <IconButton
          variant="ghost"
          size="3"
          data-testid="alerts-bell"
          aria-label={unread > 0 ? t('bellUnread', { count: unread }) : t('bell')}
          className="dp-bell"
        >
          <BellIcon />
          {unread > 0 ? (
            <Badge color="red" variant="solid" radius="full" size="1" className="dp-bell-count" aria-hidden>
              {unread}
            </Badge>
          ) : null}
        </IconButton>
      </Dialog.Trigger>
      <Dialog.Content maxWidth="560px" aria-describedby={undefined}>
        <AlertsPanel onClose={() => setOpen(false)} />
      </Dialog.Content>
    </Dialog.Root>
  );
}

function BellIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" fill="none" aria-hidden focusable="false">
      <path
        d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9M10.3 21a1.94 1.94 0 0 0 3.4 0"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
