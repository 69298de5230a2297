/** Every Simplified Chinese message, one namespace per file, typed against the English. */
import type { MessageResources } from '../en';
import { advice } from './advice';
import { alerts } from './alerts';
import { catalog } from './catalog';
import { common } from './common';
import { compare } from './compare';
import { cycle } from './cycle';
import { data } from './data';
import { errors } from './errors';
import { household } from './household';
import { planAndLines } from './planAndLines';
import { setup } from './setup';
import { status } from './status';
import { usage } from './usage';
import { usageHistory } from './usageHistory';
import { whatif } from './whatif';

export const zhCN: MessageResources = {
  common,
  errors,
  household,
  planAndLines,
  advice,
  catalog,
  cycle,
  usage,
  compare,
  data,
  alerts,
  usageHistory,
  setup,
  whatif,
  status,
};
