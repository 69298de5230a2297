/**
 * Facts that hold whatever the carrier: the recipient can always get data of
 * their own from a prepaid or travel eSIM, which is the fallback answer to
 * "can I give my data to a friend?" when the carrier has no way to. The
 * source is a reseller's help file, so it is marked low reliability.
 */
import { known, text } from './facts';
import type { Fact } from './schema';
import { SOURCES } from './sources';

export const PREPAID_ESIM: Fact<boolean> = known(
  true,
  SOURCES.AIRALO_VALIDITY,
  'The eSIM data can only be used within the validity period, which means the remaining unused data cannot be used after the validity period. In case the eSIM is rechargeable, it\'s possible to add a new data package by tapping on "TOP UP" on your eSIM to continue to use the same eSIM.',
  text(
    "Prepaid and travel eSIM data is the buyer's own: unused data can't be used after the validity period, and top-ups only work on the same installed eSIM.",
    '预付费或旅行 eSIM 的流量只属于买的人：过了有效期没用完的流量就作废，充值 (top-up) 也只能充到同一张已安装的 eSIM 上。',
  ),
);
