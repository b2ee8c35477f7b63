// Operations of the settings screens (work calendar, petition deadlines); typed by graphql-codegen into src/gql/.
import { graphql } from '../gql';

export const WorkCalendarDocument = graphql(`
  query WorkCalendar($year: Int!) {
    workCalendar(year: $year) {
      year
      edited
      holidays { date name }
      workdays { date name }
    }
  }
`);

export const SetWorkCalendarDocument = graphql(`
  mutation SetWorkCalendar($input: SetWorkCalendarInput!) {
    setWorkCalendar(input: $input) {
      year
      edited
      holidays { date name }
      workdays { date name }
    }
  }
`);

export const SetVisitCaseDeadlinesDocument = graphql(`
  mutation SetVisitCaseDeadlines($input: SetVisitCaseDeadlinesInput!) {
    setVisitCaseDeadlines(input: $input) {
      acceptWithinDays handleWithinDays maxExtensionDays objectionWorkingDays dueSoonDays
    }
  }
`);
