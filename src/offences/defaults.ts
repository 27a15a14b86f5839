// The offence reference a partnership starts with (seedOffenceReference): the
// gravity table and neighbourhood-crime groups the selection matrix carried
// until issue 12, so scores made with them do not change. A partnership agrees
// its own and edits them (`waymark performance gravity --set`).

/** Neighbourhood crime as used by the 2020 IOM refresh (reference/README.md). */
export const NEIGHBOURHOOD_CRIME_GROUPS: readonly string[] = ['028', '034', '039', '045', '048', '037', '126'];

/**
 * Default gravity (1–10) by Home Office offence group. A locally agreed table
 * replaces it; these values only order offences sensibly: homicide and rape
 * highest, then serious violence, robbery and domestic burglary, then other
 * acquisitive crime; a group not listed takes the matrix's defaultGravity.
 * Migration 0093 seeds the same values for the partnerships that existed then
 * (a unit test holds the two to agreement).
 */
export const DEFAULT_GRAVITY: Readonly<Record<string, number>> = {
  ...Object.fromEntries(['001', '002', '004'].map((g) => [g, 10])),
  ...Object.fromEntries(['019', '016', '070', '071', '072', '074'].map((g) => [g, 9])),
  ...Object.fromEntries(['003', '005', '029', '031', '057', '056'].map((g) => [g, 8])),
  ...Object.fromEntries(['008', '017', '020', '021', '022', '023', '034'].map((g) => [g, 7])),
  ...Object.fromEntries(['028', '037', '103', '013', '011'].map((g) => [g, 6])),
  ...Object.fromEntries(['030', '039', '048', '092', '104', '802'].map((g) => [g, 5])),
  ...Object.fromEntries(['045', '054', '126', '105', '058', '149', '009', '059'].map((g) => [g, 4])),
  ...Object.fromEntries(['040', '041', '044', '046', '047', '049', '130', '053'].map((g) => [g, 3])),
  ...Object.fromEntries(['077', '193', '093'].map((g) => [g, 2])),
};
