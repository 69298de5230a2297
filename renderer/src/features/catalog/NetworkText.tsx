import { useTranslation } from 'react-i18next';
import type { Carrier } from '@shared/catalog/schema';
import { carrierNetwork } from './selectors';
import { useFactFormat } from './useFactFormat';
import { joinList } from '@shared/i18n/list';

/** "Network operator" or "Runs on T-Mobile" (an MVNO), plus "Added by you" for the user's own carriers. */
export function NetworkText({ carrier, builtin }: { carrier: Carrier; builtin: boolean }) {
  const { t } = useTranslation('catalog');
  const format = useFactFormat();
  const network = carrierNetwork(carrier);
  const text =
    network.type === 'operator'
      ? t('network.operator')
      : network.type === 'runsOn'
        ? t('network.runsOn', { networks: joinList(network.networks.map(format.network), format.locale) })
        : t('network.unknown');
  return <>{builtin ? text : `${text} · ${t('network.addedByYou')}`}</>;
}
