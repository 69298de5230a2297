/**
 * Every English message, one namespace per file; its shape is the type every
 * locale must have. `common` comes first: a component that asks for every
 * namespace looks an unprefixed key up there.
 */
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

export const en = {
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
export type MessageResources = typeof en;
