/** users operations (see ../../../shared/catalog/operations.json). */
import type { CategoryOperations } from './types';

const users: CategoryOperations = {
  triggers: [],
  creates: [],
  searches: [],
};

export default users;
