-- Issue 18: one page of a person's timeline (src/people/timeline.ts), as a
-- PL/pgSQL function so that its statement is planned once per connection and
-- not at every view: the plan of twenty tables' keys and a page's rows cost
-- more to make than to run. What the viewer may see comes in as arguments
-- (src/access/need-to-know.ts decides it); rows the viewer may not see are
-- never read. Entries sort newest first; entries of one day in the order of
-- `r` (a conviction before its arrest, an appointment before its alert),
-- descending, so the whole key (d, r, id, s) sorts one way and a page's cursor
-- is one row comparison. Answers JSON:
--   { "before": entries of the filter before this page,
--     "counts": [[kind, n]...] every kind the viewer may see, whatever the filter,
--     "page":   [[date, rank, row id, part, kind, row]...] up to p_limit + 1 }
-- `part` tells a row's entries apart (a membership's joining 0 and leaving 1;
-- a disengagement's opening 0, route 1 and conclusion 2).
-- Changing what an entry shows: a new migration replaces the function
-- (CREATE OR REPLACE) and timeline-entries.ts reads the new columns.

CREATE FUNCTION person_timeline(
  p_person bigint,
  p_see_intelligence boolean,
  p_see_drug_tests boolean,
  p_see_health boolean,
  p_kinds text[],
  p_after_date date,
  p_after_rank integer,
  p_after_id bigint,
  p_after_part integer,
  p_limit integer
) RETURNS json
LANGUAGE plpgsql STABLE
SET plan_cache_mode = force_generic_plan
AS $$
DECLARE
  answer json;
BEGIN
  WITH t(d, r, id, s, k) AS MATERIALIZED (
    SELECT outcome_date, 20, id, 0, 'outcome' FROM outcomes WHERE person_id = p_person
    UNION ALL SELECT arrest_date, 19, id, 0, 'arrest' FROM arrests WHERE person_id = p_person
    UNION ALL SELECT charge_date, 18, id, 0, 'charge' FROM charges WHERE person_id = p_person
    UNION ALL SELECT report_date, 17, id, 0, 'intelligence' FROM intelligence_reports WHERE person_id = p_person AND p_see_intelligence
    UNION ALL SELECT test_date, 16, id, 0, 'drug_test' FROM drug_tests WHERE person_id = p_person AND p_see_drug_tests
    UNION ALL SELECT assessment_date, 15, id, 0, 'required_assessment' FROM required_assessments WHERE person_id = p_person AND p_see_health
    UNION ALL SELECT breach_date, 14, id, 0, 'breach' FROM breaches WHERE person_id = p_person
    UNION ALL SELECT reception_date, 13, id, 0, 'custody' FROM custody_periods WHERE person_id = p_person
    UNION ALL SELECT release_date, 12, id, 0, 'release' FROM custody_periods WHERE person_id = p_person AND release_date IS NOT NULL
    UNION ALL SELECT start_date, 11, id, 0, 'supervision' FROM supervision_periods WHERE person_id = p_person
    UNION ALL SELECT start_date, 10, id, 0, 'membership' FROM memberships WHERE person_id = p_person
    UNION ALL SELECT end_date, 10, id, 1, 'membership' FROM memberships WHERE person_id = p_person AND end_date IS NOT NULL
    UNION ALL SELECT m.meeting_date, 9, pd.id, 0, 'panel_decision' FROM panel_decisions pd JOIN panel_meetings m ON m.id = pd.meeting_id WHERE pd.person_id = p_person
    UNION ALL SELECT assessment_date, 8, id, 0, 'risk_assessment' FROM risk_assessments WHERE person_id = p_person
    UNION ALL SELECT referral_date, 7, id, 0, 'mappa_referral' FROM mappa_referrals WHERE person_id = p_person
    UNION ALL SELECT assessment_date, 6, id, 0, 'needs_assessment' FROM needs_assessments WHERE person_id = p_person
    UNION ALL SELECT appointment_date, 5, id, 0, 'appointment' FROM appointments WHERE person_id = p_person
    -- Health and drug-treatment actions (need-to-know.ts isHealthAction) only for those who may see health detail.
    UNION ALL SELECT CASE WHEN status = 'done' AND completed_on IS NOT NULL THEN completed_on ELSE due_date END, 4, id, 0, 'case_action'
      FROM case_actions WHERE person_id = p_person
      AND (p_see_health OR (kind = 'release_treatment' OR pathway IN ('health', 'drugs_alcohol')) IS NOT TRUE)
    UNION ALL SELECT opened_on, 3, id, 0, 'disengagement' FROM disengagements WHERE person_id = p_person
    UNION ALL SELECT route_on, 3, id, 1, 'disengagement' FROM disengagements WHERE person_id = p_person AND route IS NOT NULL AND route_on IS NOT NULL
    UNION ALL SELECT concluded_on, 3, id, 2, 'disengagement' FROM disengagements WHERE person_id = p_person AND concluded_on IS NOT NULL
    UNION ALL SELECT note_date, 2, id, 0, 'case_note' FROM case_notes WHERE person_id = p_person AND (p_see_health OR sensitivity <> 'health')
    UNION ALL SELECT raised_on, 1, id, 0, 'alert' FROM alerts WHERE person_id = p_person AND (p_see_drug_tests OR kind <> 'positive_drug_test')
  ),
  chosen AS (
    SELECT t.* FROM t WHERE p_kinds IS NULL OR t.k = ANY (p_kinds)
  ),
  pg AS (
    SELECT c.* FROM chosen c
    WHERE p_after_date IS NULL OR (c.d, c.r, c.id, c.s) < (p_after_date, p_after_rank, p_after_id, p_after_part)
    ORDER BY c.d DESC, c.r DESC, c.id DESC, c.s DESC
    LIMIT p_limit + 1
  )
  SELECT json_build_object(
    'before', CASE WHEN p_after_date IS NULL THEN 0 ELSE
      (SELECT count(*) FROM chosen c WHERE (c.d, c.r, c.id, c.s) >= (p_after_date, p_after_rank, p_after_id, p_after_part)) END,
    'counts', (SELECT coalesce(json_agg(json_build_array(x.k, x.n)), '[]'::json) FROM (SELECT t.k, count(*) AS n FROM t GROUP BY t.k) x),
    'page', (SELECT coalesce(json_agg(json_build_array(pg.d, pg.r, pg.id, pg.s, pg.k, CASE pg.k
      WHEN 'outcome' THEN (SELECT json_build_object('outcome_date', o.outcome_date, 'offence_date', o.offence_date, 'outcome', o.outcome,
          'offence_code', o.offence_code, 'offence_code_raw', o.offence_code_raw, 'offence_description', o.offence_description, 'disposal', o.disposal,
          'sentence_days', o.sentence_days, 'court', o.court,
          'offence_name', coalesce((SELECT oc.description FROM offence_codes oc WHERE oc.code = o.offence_code),
                                   (SELECT og.description FROM offence_groups og WHERE og.group_code = substr(o.offence_code, 1, 3))))
        FROM outcomes o WHERE o.id = pg.id)
      WHEN 'arrest' THEN (SELECT json_build_object('arrest_date', a.arrest_date, 'offence_code', a.offence_code, 'offence_code_raw', a.offence_code_raw, 'outcome', a.outcome,
          'offence_name', coalesce((SELECT oc.description FROM offence_codes oc WHERE oc.code = a.offence_code),
                                   (SELECT og.description FROM offence_groups og WHERE og.group_code = substr(a.offence_code, 1, 3))))
        FROM arrests a WHERE a.id = pg.id)
      WHEN 'charge' THEN (SELECT json_build_object('charge_date', c.charge_date, 'offence_code', c.offence_code, 'offence_code_raw', c.offence_code_raw,
          'offence_name', coalesce((SELECT oc.description FROM offence_codes oc WHERE oc.code = c.offence_code),
                                   (SELECT og.description FROM offence_groups og WHERE og.group_code = substr(c.offence_code, 1, 3))))
        FROM charges c WHERE c.id = pg.id)
      WHEN 'intelligence' THEN (SELECT json_build_object('report_date', i.report_date, 'grading', i.grading, 'topic', i.topic)
        FROM intelligence_reports i WHERE i.id = pg.id AND p_see_intelligence)
      WHEN 'drug_test' THEN (SELECT json_build_object('test_date', dt.test_date, 'opiates', dt.opiates, 'cocaine', dt.cocaine)
        FROM drug_tests dt WHERE dt.id = pg.id AND p_see_drug_tests)
      WHEN 'required_assessment' THEN (SELECT json_build_object('assessment_date', ra.assessment_date, 'attended', ra.attended, 'drug_misuser', ra.drug_misuser)
        FROM required_assessments ra WHERE ra.id = pg.id AND p_see_health)
      WHEN 'breach' THEN (SELECT json_build_object('breach_date', b.breach_date, 'order_kind', b.order_kind, 'outcome', b.outcome)
        FROM breaches b WHERE b.id = pg.id)
      WHEN 'custody' THEN (SELECT json_build_object('kind', cp.kind, 'reception_date', cp.reception_date, 'release_date', cp.release_date,
          'sentence_days', cp.sentence_days, 'establishment', cp.establishment)
        FROM custody_periods cp WHERE cp.id = pg.id)
      WHEN 'release' THEN (SELECT json_build_object('kind', cp.kind, 'reception_date', cp.reception_date, 'release_date', cp.release_date,
          'sentence_days', cp.sentence_days, 'establishment', cp.establishment)
        FROM custody_periods cp WHERE cp.id = pg.id)
      WHEN 'supervision' THEN (SELECT json_build_object('kind', sp.kind, 'statutory', sp.statutory, 'start_date', sp.start_date, 'end_date', sp.end_date)
        FROM supervision_periods sp WHERE sp.id = pg.id)
      WHEN 'membership' THEN (SELECT json_build_object('code', sc.code, 'tier', ti.name, 'start_date', m.start_date, 'end_date', m.end_date,
          'end_reason', m.end_reason, 'end_reason_raw', m.end_reason_raw, 'selection_reason', m.selection_reason)
        FROM memberships m JOIN schemes sc ON sc.id = m.scheme_id LEFT JOIN tiers ti ON ti.id = m.tier_id WHERE m.id = pg.id)
      WHEN 'panel_decision' THEN (SELECT json_build_object('meeting_date', mt.meeting_date, 'scheme_code', sc.code, 'decision', d.decision, 'action', d.action,
          'reason', d.reason, 'end_reason', d.end_reason, 'exit_plan', d.exit_plan, 'decided_by_label', d.decided_by_label)
        FROM panel_decisions d JOIN panel_meetings mt ON mt.id = d.meeting_id JOIN schemes sc ON sc.id = mt.scheme_id WHERE d.id = pg.id)
      WHEN 'risk_assessment' THEN (SELECT json_build_object('assessment_date', ra.assessment_date, 'risk_of_serious_harm', ra.risk_of_serious_harm,
          'assessor', ra.assessor, 'notes', ra.notes, 'agency_name', ag.name)
        FROM risk_assessments ra LEFT JOIN agencies ag ON ag.id = ra.agency_id WHERE ra.id = pg.id)
      WHEN 'mappa_referral' THEN (SELECT json_build_object('referral_date', mr.referral_date, 'outcome', mr.outcome, 'outcome_date', mr.outcome_date)
        FROM mappa_referrals mr WHERE mr.id = pg.id)
      WHEN 'needs_assessment' THEN (SELECT json_build_object('kind', na.kind, 'assessment_date', na.assessment_date, 'agency_name', ag.name, 'created_by_label', na.created_by_label)
        FROM needs_assessments na LEFT JOIN agencies ag ON ag.id = na.agency_id WHERE na.id = pg.id)
      WHEN 'appointment' THEN (SELECT json_build_object('appointment_date', ap.appointment_date, 'purpose', ap.purpose, 'status', ap.status,
          'agency_name', ag.name, 'agency_kind', ag.kind)
        FROM appointments ap LEFT JOIN agencies ag ON ag.id = ap.agency_id WHERE ap.id = pg.id)
      WHEN 'case_action' THEN (SELECT json_build_object('kind', ca.kind, 'pathway', ca.pathway, 'description', ca.description, 'due_date', ca.due_date,
          'status', ca.status, 'outcome', ca.outcome, 'completed_on', ca.completed_on, 'told_whom', ca.told_whom, 'told_on', ca.told_on, 'agency_name', ag.name)
        FROM case_actions ca LEFT JOIN agencies ag ON ag.id = ca.owner_agency_id WHERE ca.id = pg.id)
      WHEN 'disengagement' THEN (SELECT json_build_object('opened_on', dg.opened_on, 'route', dg.route, 'route_on', dg.route_on, 'outcome', dg.outcome,
          'concluded_on', dg.concluded_on)
        FROM disengagements dg WHERE dg.id = pg.id)
      WHEN 'case_note' THEN (SELECT json_build_object('note_date', cn.note_date, 'body', cn.body, 'sensitivity', cn.sensitivity, 'author_label', cn.author_label,
          'agency_name', ag.name)
        FROM case_notes cn LEFT JOIN agencies ag ON ag.id = cn.agency_id WHERE cn.id = pg.id)
      WHEN 'alert' THEN (SELECT json_build_object('kind', al.kind, 'raised_on', al.raised_on, 'detail', al.detail, 'acknowledged_by_label', al.acknowledged_by_label)
        FROM alerts al WHERE al.id = pg.id)
    END) ORDER BY pg.d DESC, pg.r DESC, pg.id DESC, pg.s DESC), '[]'::json) FROM pg)
  ) INTO answer;
  RETURN answer;
END
$$;
