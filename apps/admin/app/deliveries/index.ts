import SendIcon from '@mui/icons-material/Send';
import { DeliveryList, DeliveryShow } from './DeliveryList.js';

export default { list: DeliveryList, show: DeliveryShow, icon: SendIcon };
