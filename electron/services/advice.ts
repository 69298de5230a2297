/** Transfer advice: what moving a line to another carrier involves, read from the merged catalog. */
import { advise, UnknownPlanError, type Advice, type AdviceRequest } from '@shared/engine/advise';
import type { CatalogService } from './catalog';
import { invalidField } from './context';

export function createAdviceService(catalog: CatalogService) {
  return {
    get(request: AdviceRequest): Advice {
      try {
        return advise(catalog.carrier(request.carrier), request);
      } catch (err) {
        if (err instanceof UnknownPlanError) throw invalidField('plan', err.message);
        throw err;
      }
    },
  };
}

export type AdviceService = ReturnType<typeof createAdviceService>;
