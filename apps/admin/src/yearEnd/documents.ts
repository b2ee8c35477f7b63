import { graphql } from '../gql';

// A farm's or direct unit's year in figures (G.YEAR_END): per system and rule, actual vs quota and the gap.

export const YearEndFiguresFieldsFragment = graphql(`
  fragment YearEndFiguresFields on YearEndFigures {
    unitId
    unitName
    year
    asOf
    rate
    systems {
      system
      title
      applicable
      met
      onTrack
      atRisk
      missed
      rate
      rules {
        ruleId
        title
        kind
        applicable
        met
        onTrack
        atRisk
        missed
        actual
        required
        gap
      }
    }
  }
`);

export const YearEndFiguresDocument = graphql(`
  query YearEndFigures($unitId: ID!, $year: Int!) {
    yearEndFigures(unitId: $unitId, year: $year) {
      ...YearEndFiguresFields
    }
  }
`);

/** A report's own figures: asked apart from the record so lists and forms do not compute them. */
export const YearEndReportFiguresDocument = graphql(`
  query YearEndReportFigures($id: ID!) {
    yearEndReport(id: $id) {
      id
      figures {
        ...YearEndFiguresFields
      }
    }
  }
`);
