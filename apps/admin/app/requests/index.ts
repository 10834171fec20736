import AssignmentIcon from '@mui/icons-material/Assignment';
import { RequestCreate } from './RequestCreate.js';
import { RequestList } from './RequestList.js';
import { RequestShow } from './RequestShow.js';

export default {
  list: RequestList,
  show: RequestShow,
  create: RequestCreate,
  icon: AssignmentIcon,
};
