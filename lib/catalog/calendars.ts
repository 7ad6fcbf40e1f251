/** calendars operations (see ../../../shared/catalog/operations.json). */
import type { CategoryOperations } from './types';

const calendars: CategoryOperations = {
  triggers: [],
  creates: [],
  searches: [],
};

export default calendars;
