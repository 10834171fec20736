import StorageIcon from '@mui/icons-material/Storage';
import { SystemCreate, SystemEdit, SystemList, SystemShow } from './Systems.js';

export default {
  list: SystemList,
  show: SystemShow,
  edit: SystemEdit,
  create: SystemCreate,
  icon: StorageIcon,
};
