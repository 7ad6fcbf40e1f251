import { recordPicker } from '../domains/associations';

/** Records of both objects of the step's association (or of every association of the sub-account), by object. */
export default recordPicker('dropdown_association_records', 'Associated Record', 'both');
