/** Mint Mobile: Mint Family manages up to 5 accounts; members share savings, not data. */
import { carrierEntry, carrierNote, known, plan, text, unknown } from '../facts';
import type { Carrier } from '../schema';
import { SOURCES as S } from '../sources';

const SHARE_SAVINGS =
  'Each member of your family gets their own plan length & data amount so you share savings, not data.';

export const mint: Carrier = carrierEntry({
  id: 'mint',
  name: 'Mint Mobile',
  parentNetwork: null,
  networks: unknown(
    text(
      'Mint runs on T-Mobile, which bought it in 2023, but no source sentence stating the network was read for a quote.',
      'Mint 用的是 T-Mobile 网络（2023 年被 T-Mobile 收购），但没有读到写明网络的原句可以引用。',
    ),
    S.MINT_NETWORK,
  ),
  account: {
    sharing: known(
      'billing-only',
      S.MINT_FEATURES,
      SHARE_SAVINGS,
      text(
        'Mint Family: "you share savings, not data." The primary pays for up to 5 accounts and sees each member\'s usage in real time.',
        'Mint Family：“共享的是优惠，不是流量。”主账户替最多 5 个账户付费，可以实时看到每个成员的用量。',
      ),
    ),
    maxLines: known(
      5,
      S.MINT_FEATURES,
      'Any existing Mint Mobile user can create a Mint Family with as few as 2 lines (max of 5) by inviting other active users via the Mint Account or the app.',
    ),
  },
  lineControls: {
    dataCap: unknown(
      text(
        "The primary approves members' data add-ons and can raise or lower a member's data amount; a GB limit per member was not found.",
        '主账户要批准成员加购流量，也可以调高或调低成员的流量档位；没有找到按成员设 GB 上限的功能。',
      ),
      S.MINT_MANAGE,
    ),
  },
  gifting: {
    sameAccount: known(
      false,
      S.MINT_FEATURES,
      "Each member of your Mint Family will be able to choose their own individual plan. Meaning Uncle Larry can't steal all the data because there's no sharing.",
      text('No member-to-member data transfer.', '成员之间不能互转流量。'),
    ),
    buyDataForMember: known(
      true,
      S.MINT_FAMILY,
      'Add and pay for additional data. If they need extra, we’ve definitely got extra.',
      text('The primary can buy add-on data for a member.', '主账户可以替成员加购流量。'),
    ),
  },
  addLine: {
    phone: known(
      true,
      S.MINT_FAMILY,
      'No need for discounts, you’re already saving a fox ton on your wireless bill.',
      text(
        'A member line costs the same as a single line: "no need for discounts".',
        '成员号码和单独一个号码同价：“不需要折扣”。',
      ),
    ),
  },
  plans: {
    family: plan({
      name: 'Mint Family',
      market: 'prepaid',
      status: known(
        'current',
        S.MINT_FEATURES,
        'The easiest, most affordable way to manage up to 5 lines of service, all in one place.',
      ),
      sharing: known('billing-only', S.MINT_FEATURES, SHARE_SAVINGS),
    }),
  },
  notes: [
    carrierNote(
      S.MINT_FEATURES,
      'Mint Family users can lock in our lowest rates by renewing each line on a 12-month plan with the exclusive, family friendly option to pay every 3 months.',
      'Mint Family: 12-month plans can be paid every 3 months.',
      'Mint Family：12 个月的套餐可以每 3 个月付一次。',
    ),
  ],
});
