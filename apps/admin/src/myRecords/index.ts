export { HomePage } from './HomePage';
export { MyRecordsPage } from './MyRecordsPage';
