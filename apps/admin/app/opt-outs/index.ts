import BlockIcon from '@mui/icons-material/Block';
import { OptOutList } from './OptOutList.js';

export default { list: OptOutList, icon: BlockIcon };
