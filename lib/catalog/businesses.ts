/** Businesses: 2 triggers, 3 creates. */
import getBusiness from '../../triggers/get_business';
import listBusinessesByLocation from '../../triggers/list_businesses_by_location';
import createBusiness from '../../creates/create_business';
import updateBusiness from '../../creates/update_business';
import deleteBusiness from '../../creates/delete_business';
import type { CategoryOperations } from './types';

const businesses: CategoryOperations = {
  triggers: [getBusiness, listBusinessesByLocation],
  creates: [createBusiness, updateBusiness, deleteBusiness],
  searches: [],
};

export default businesses;
