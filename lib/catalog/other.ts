/** other operations (see ../../../shared/catalog/operations.json). */
import type { CategoryOperations } from './types';

const other: CategoryOperations = {
  triggers: [],
  creates: [],
  searches: [],
};

export default other;
