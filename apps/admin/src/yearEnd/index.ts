export { YearEndFiguresPage } from './YearEndFiguresPage';
export { YearEndReportCreate } from './YearEndReportCreate';
export { YearEndReportFigures } from './YearEndReportFigures';
