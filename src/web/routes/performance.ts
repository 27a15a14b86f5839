// The performance dashboard (SPEC 3.6): choose a scheme, year and ceiling, then
// one page of NI30, rolling 12 months, NI38 with its contributors, proven
// reoffending and concentration, each with its method and inputs beside it,
// the unit costs of crime and the gravity table. Board members see aggregates only, with small
// counts suppressed (SPEC 3.7). The routes read the form, call the performance
// service and render its view model.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Actor } from '../../access/actor.js';
import { httpStatusOf, isWaymarkError, type WaymarkError } from '../../errors.js';
import {
  chooserSubmitted,
  readChooser,
  readDashboardQuery,
  readUnitCostsForm,
  yearFromUrl,
  yearToUrl,
  type FieldError,
  type PerformanceQuery,
} from '../forms/performance-form.js';
import { gravityView, ni18View, ni30View, ni38View, premiumServiceView, recentYears, reoffendingView, unitCostsView } from '../view-models/performance.js';

function renderProblem(reply: FastifyReply, e: WaymarkError) {
  const status = httpStatusOf(e);
  reply.code(status);
  const title = status === 404 ? 'Page not found' : status === 403 ? 'You cannot see this page' : 'There is a problem with the request';
  return reply.render('error.njk', { title, message: e.message });
}

export function registerPerformanceRoutes(app: FastifyInstance): void {
  const performance = app.services.performance;

  // The chooser: a GET form, so it works without JavaScript; a complete
  // choice is sent on to the dashboard's own address.
  app.get<{ Querystring: PerformanceQuery }>('/performance', { config: { access: 'performance:view' } }, async (req, reply) => {
    const actor = req.actor!;
    const schemes = await performance.dashboardSchemes(actor);
    const today = await app.services.partnerships.today(actor);
    let errors: FieldError[] = [];
    let fieldErrors: Record<string, string> = {};
    const years = recentYears(today);
    if (chooserSubmitted(req.query)) {
      const choice = readChooser(req.query, schemes);
      if (choice.location) return reply.redirect(choice.location, 303);
      ({ errors, fieldErrors } = choice);
      reply.code(400);
    }
    return reply.render('performance-choose.njk', {
      title: 'Performance',
      errors,
      fieldErrors,
      schemeItems: [
        { value: '', text: 'Choose a scheme' },
        ...schemes.map((s) => ({ value: s.code, text: `${s.name} (${s.code})`, selected: s.code === req.query.scheme })),
      ],
      yearItems: years.map((y, i) => ({ value: y, text: y, selected: req.query.year ? y === req.query.year : i === 1 })),
      values: req.query,
      noSchemes: schemes.length === 0,
    });
  });

  app.get('/performance/unit-costs', { config: { access: 'performance:view' } }, async (req, reply) => {
    return renderUnitCosts(reply, req.actor!, {});
  });

  app.post<{ Body: Record<string, string | undefined> }>('/performance/unit-costs', { config: { access: 'unit-costs:edit' } }, async (req, reply) => {
    const actor = req.actor!;
    const body = req.body ?? {};
    const current = await performance.listUnitCosts(actor);
    if (!performance.mayEditUnitCosts(actor)) {
      reply.code(403);
      return reply.render('error.njk', { title: 'You cannot change the unit costs', message: 'Analysts and administrators can edit the unit costs of crime.' });
    }
    const form = readUnitCostsForm(body, current);
    if (form.errors.length) {
      reply.code(400);
      return renderUnitCosts(reply, actor, { errors: form.errors, fieldErrors: form.fieldErrors, values: body });
    }
    try {
      await performance.setUnitCosts(actor, { priceYear: form.priceYear, costs: form.changes });
    } catch (e) {
      if (isWaymarkError(e)) return renderProblem(reply, e);
      throw e;
    }
    return renderUnitCosts(reply, actor, { saved: form.changes.length });
  });

  // The gravity table (src/offences/): one group's gravity set or removed at a time, as the CLI and the API do it.
  app.get<{ Querystring: { saved?: string } }>('/performance/gravity', { config: { access: 'performance:view' } }, async (req, reply) => {
    return renderGravity(reply, req.actor!, { saved: req.query.saved });
  });

  app.post<{ Body: Record<string, string | undefined> }>('/performance/gravity', { config: { access: 'offences:edit' } }, async (req, reply) => {
    const actor = req.actor!;
    const body = req.body ?? {};
    try {
      const row = await app.services.offences.setGravity(actor, { groupCode: body.groupCode ?? '', gravity: body.gravity ?? '' });
      return reply.redirect(`/performance/gravity?saved=${encodeURIComponent(row.groupCode)}`, 303);
    } catch (e) {
      if (!(isWaymarkError(e) && e.kind === 'invalid_input' && e.field)) throw e;
      reply.code(400);
      return renderGravity(reply, actor, { errors: [{ text: e.message, href: `#${e.field}` }], fieldErrors: { [e.field]: e.message }, values: body });
    }
  });

  app.get<{ Params: { code: string; year: string }; Querystring: PerformanceQuery }>(
    '/performance/:code/:year',
    { config: { access: 'performance:view' } },
    async (req, reply) => {
      const actor = req.actor!;
      const year = yearFromUrl(req.params.year);
      if (!year) {
        reply.code(404);
        return reply.render('error.njk', { title: 'Page not found', message: `"${req.params.year}" is not a performance year: write it like 2008-09 in the address.` });
      }
      const query = readDashboardQuery(req.query);
      const schemes = await performance.dashboardSchemes(actor);
      const scheme = schemes.find((s) => s.code === req.params.code);
      if (!scheme) {
        reply.code(404);
        return reply.render('error.njk', { title: 'Page not found', message: `There is no scheme with the code ${req.params.code}.` });
      }
      const base = {
        title: `${scheme.name}: performance ${year.label}`,
        scheme,
        year: year.label,
        action: `/performance/${encodeURIComponent(scheme.code)}/${yearToUrl(year.label)}`,
        values: req.query,
        errors: query.errors,
        fieldErrors: query.fieldErrors,
      };
      if (query.errors.length) {
        reply.code(400);
        return reply.render('performance.njk', base);
      }

      let figures;
      try {
        figures = await performance.dashboard(actor, { schemeCode: scheme.code, year: year.label, ceiling: query.ceiling, stretch: query.stretch, cohortDate: query.cohortDate, ni18Month: query.ni18Month });
      } catch (e) {
        if (isWaymarkError(e)) return renderProblem(reply, e);
        throw e;
      }
      const { named, today } = figures;
      return reply.render('performance.njk', {
        ...base,
        named,
        today,
        ni30: ni30View(figures.ni30, named),
        ni38: ni38View(figures.ni38, named, figures.names),
        reoffending: reoffendingView(figures.reoffending, named),
        premium: premiumServiceView(figures.premiumService, named),
        ni18: ni18View(figures.ni18.all, figures.ni18.scheme, named),
      });
    },
  );

  async function renderGravity(
    reply: FastifyReply,
    actor: Actor,
    opts: { errors?: FieldError[]; fieldErrors?: Record<string, string>; values?: Record<string, string | undefined>; saved?: string },
  ) {
    const [rows, reference] = await Promise.all([app.services.offences.listGravity(actor), app.services.offences.describe(actor)]);
    return reply.render('gravity.njk', gravityView(rows, reference.version, app.services.offences.mayEdit(actor), opts));
  }

  async function renderUnitCosts(
    reply: FastifyReply,
    actor: Actor,
    opts: { errors?: FieldError[]; fieldErrors?: Record<string, string>; values?: Record<string, string | undefined>; saved?: number },
  ) {
    const costs = await performance.listUnitCosts(actor);
    return reply.render('unit-costs.njk', unitCostsView(costs, performance.mayEditUnitCosts(actor), opts));
  }
}
