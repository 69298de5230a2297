import type { ApiError } from '@shared/api/errors';
import type { Advice, AdviceRequest, Relationship } from '@shared/engine/advise';
import { call } from '@renderer/api/client';
import { toApiError } from '@renderer/app/noticeSlice';
import type { SliceCreator } from '@renderer/store/types';
import type { LoadStatus } from '../household/householdSlice';
import { selectAdviceCarrier } from './selectors';

/** Whose data: one of the household's lines (on the plan's carrier) or any catalog carrier. */
export type AdviceFrom = { kind: 'line'; lineId: string } | { kind: 'carrier'; carrierId: string } | null;

export interface AdviceSlice {
  /** The question being asked; kept while the user visits other pages. */
  adviceFrom: AdviceFrom;
  adviceTo: Relationship;
  adviceGB: number | null;
  /** A plan id of the chosen carrier's catalog entry; null = not sure. */
  advicePlan: string | null;
  advice: Advice | null;
  adviceStatus: LoadStatus;
  adviceError: ApiError | null;
  /** null = no line: keep the carrier the line implied, chosen by hand from now on. */
  chooseAdviceLine(lineId: string | null): void;
  chooseAdviceCarrier(carrierId: string): void;
  chooseAdvicePlan(planId: string | null): void;
  setAdviceTo(to: Relationship): void;
  setAdviceGB(gb: number | null): void;
  /** Asks the backend; an answer to an older question that arrives late is dropped. */
  fetchAdvice(request: AdviceRequest): Promise<void>;
  clearAdvice(): void;
}

let latestRequest = 0;

export const createAdviceSlice: SliceCreator<AdviceSlice> = (set, get) => ({
  adviceFrom: null,
  adviceTo: 'same-account',
  adviceGB: null,
  advicePlan: null,
  advice: null,
  adviceStatus: 'idle',
  adviceError: null,

  chooseAdviceLine: (lineId) => {
    if (lineId !== null) {
      set({ adviceFrom: { kind: 'line', lineId }, advicePlan: null });
      return;
    }
    const carrierId = selectAdviceCarrier(get());
    set({ adviceFrom: carrierId ? { kind: 'carrier', carrierId } : null });
  },

  chooseAdviceCarrier: (carrierId) => {
    if (carrierId === selectAdviceCarrier(get())) return;
    set({ adviceFrom: { kind: 'carrier', carrierId }, advicePlan: null });
  },

  chooseAdvicePlan: (planId) => set({ advicePlan: planId }),
  setAdviceTo: (to) => set({ adviceTo: to }),
  setAdviceGB: (gb) => set({ adviceGB: gb }),

  fetchAdvice: async (request) => {
    const id = ++latestRequest;
    set({ adviceStatus: 'loading' });
    try {
      const advice = await call('advice.get', request);
      if (id !== latestRequest) return;
      set({ advice, adviceStatus: 'ready', adviceError: null });
    } catch (err) {
      if (id !== latestRequest) return;
      set({ advice: null, adviceStatus: 'failed', adviceError: toApiError(err) });
    }
  },

  clearAdvice: () => {
    latestRequest++;
    set({ advice: null, adviceStatus: 'idle', adviceError: null });
  },
});
