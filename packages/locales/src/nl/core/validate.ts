import type { Catalogue } from '../../catalogue.js';

/**
 * The checks' texts in Dutch: per rule code (`rules`): what each rule asks (`description`) and what a finding says
 * (`message`, its placeholders filled by the rule). Dutch is the source: the other catalogues are typed against it.
 */
export const validate = {
  rules: {
    'chain-without-rationale': {
      description: 'Een keten van interventie naar doel zegt op minstens één schakel waarom die werkt (het "omdat").',
      message: 'Naar doel {goal} loopt een keten zonder enige onderbouwing op de verbindingen: {chain, path}.',
    },
    'intervention-without-evidence': {
      description: 'Een interventie noemt haar erkenning (Loket Gezond Leven, Movisie, NJi) of het bewijs voor haar werkzame mechanisme.',
      message: 'Interventie {node} heeft geen erkenning en geen onderbouwing.',
    },
    'goal-on-low-confidence': {
      description: 'Een doel rust op minstens één keten zonder verbinding met een lage zekerheid.',
      message: 'Elke keten naar doel {node} rust op een verbinding met een lage zekerheid.',
    },
    'assumption-underlies-nothing': {
      description: 'Elke aanname onderbouwt een kaart.',
      message: 'Aanname {node} onderbouwt nog niets; verbind haar met de kaart die erop rust.',
    },
    'causal-cycle': {
      description: 'De keten loopt één kant op: geen kringen van oorzaak en gevolg.',
      message: 'Deze {count} kaarten vormen een kring: {loop, path}.',
    },
    'dangling-edge': {
      description: 'Elke verbinding loopt tussen bestaande kaarten.',
      message: 'De verbinding {source} → {target} verwijst naar een kaart die niet bestaat (id {missing}); verwijder de verbinding.',
    },
    'duplicate-connection': {
      description: 'Tussen twee kaarten loopt hoogstens één verbinding.',
      message: 'De verbinding {source} → {target} staat er {count} keer in; verwijder de dubbele.',
    },
    'duplicate-id': {
      description: 'Elk id komt maar één keer voor.',
      message: 'Het id "{id}" komt {count} keer voor; elk id hoort bij één ding.',
    },
    'duplicate-title': {
      description: 'Kaarten van één soort hebben elk een eigen titel.',
      message: 'Er staan {count} {kinds} met de titel {node}; voeg ze samen of maak het verschil duidelijk.',
    },
    'empty-title': {
      description: 'Elke kaart, partner, doelgroep en groep heeft een naam.',
      message: 'Er is {what} zonder naam; geef deze een naam, zodat iedereen weet waar het over gaat.',
    },
    'fact-without-source': {
      description: 'Elk feit noemt zijn bron.',
      message: 'Feit {number} ({fact}) heeft geen bron; waar komt het cijfer vandaan?',
    },
    'forbidden-connection': {
      description: 'Verbindingen volgen de logica: interventie → mechanisme → uitkomst → doel; indicatoren meten, aannames onderbouwen.',
      message:
        '{wrongKind, select, yes {De verbinding {source} → {target} staat als „{kind}”, maar tussen deze kaarten hoort „{allowed}”.} other {De verbinding {source} → {target} is niet toegestaan. {why}}}',
    },
    'goal-level-order': {
      description: 'Doelen wijzen van operationeel via tactisch naar strategisch.',
      message:
        'Het {sourceLevel, select, strategic {strategische} tactical {tactische} other {operationele}} doel {source} wijst naar het {targetLevel, select, strategic {strategische} tactical {tactische} other {operationele}} doel {target}; draai de verbinding om.',
    },
    'indicator-direction-contradicts': {
      description: 'De richting van een indicator past bij de weg van nulmeting naar streefwaarde.',
      message:
        '{direction, select, increase {Bij {node} staat "hoger is beter", maar de streefwaarde ({target}) ligt onder de nulmeting ({baseline}): is lager beter?} other {Bij {node} staat "lager is beter", maar de streefwaarde ({target}) ligt boven de nulmeting ({baseline}): is hoger beter?}}',
    },
    'indicator-direction-unknown': {
      description: 'Van elke indicator is bekend of hoger of lager beter is.',
      message: 'Van {node} is niet bekend of hoger of lager beter is; kies de richting, anders wordt de voortgang niet beoordeeld.',
    },
    'indicator-without-target': {
      description: 'Elke indicator heeft een streefwaarde.',
      message: 'Indicator {node} heeft geen streefwaarde.',
    },
    'indicator-without-source': {
      description: 'Elke indicator heeft een bron: meetbaar én beschikbaar.',
      message: 'Indicator {node} heeft geen bron.',
    },
    'indicator-measures-nothing': {
      description: 'Elke indicator meet een interventie, uitkomst of doel.',
      message: 'Indicator {node} meet nog niets; verbind hem met wat hij meet.',
    },
    'intervention-without-goal': {
      description: 'Elke interventie leidt via uitkomsten naar minstens één doel.',
      message: 'Interventie {node} leidt naar geen enkel doel.',
    },
    'intervention-without-partner': {
      description: 'Elke interventie heeft een partner die haar uitvoert.',
      message: 'Interventie {node} heeft geen uitvoerende partner.',
    },
    'isolated-mechanism': {
      description: 'Elk werkzaam mechanisme hangt tussen een interventie en een uitkomst.',
      message: 'Werkzaam mechanisme {node} is nog nergens mee verbonden: welke interventie werkt zo, en tot welke uitkomst leidt het?',
    },
    'missing-mechanism': {
      description: 'Tussen interventie en uitkomst staat een werkzaam mechanisme: waarom werkt het?',
      message: '{source} → {target}: waarom werkt dit? Voeg een werkzaam mechanisme toe.',
    },
    'outcome-without-cause': {
      description: 'Naar elke uitkomst leidt een interventie, mechanisme of andere uitkomst.',
      message: 'Niets leidt naar uitkomst {node}: welke interventie of welk mechanisme brengt haar dichterbij?',
    },
    'self-loop': {
      description: 'Een kaart wijst niet naar zichzelf.',
      message: '{node} wijst naar zichzelf.',
    },
    'target-date': {
      description: 'Een streefwaarde ligt na de nulmeting en binnen de looptijd van het plan.',
      message:
        '{reason, select, before-baseline {De streefwaarde van {node} op {date, date} ligt vóór de nulmeting ({baseline, date}).} other {De streefwaarde van {node} op {date, date} ligt buiten de looptijd van het plan ({start, raw}–{end, raw}).}}',
    },
    'unknown-reference': {
      description: 'Partners, doelgroepen, groepen en gebieden waarnaar kaarten verwijzen, bestaan.',
      message:
        '{node} verwijst naar {count, plural, one {een onbekende} other {onbekende}} {what, select, partner {{count, plural, one {partner} other {partners}}} targetGroup {{count, plural, one {doelgroep} other {doelgroepen}}} group {groep} other {{count, plural, one {gebied} other {gebieden}}}}: {ids}.',
    },
    'unknown-vote': {
      description: 'Stemmen horen bij bestaande kaarten.',
      message:
        '{votes, plural, one {# stip staat op een kaart die niet (meer) bestaat (id "{id}"); die telt} other {# stippen staan op een kaart die niet (meer) bestaat (id "{id}"); die tellen}} mee in de gebruikte stippen.',
    },
    'unreached-goal': {
      description: 'Aan elk doel werkt minstens één interventie.',
      message: 'Geen enkele interventie werkt aan doel {node}.',
    },
    'goal-without-indicator': {
      description: 'Elk doel heeft een indicator die voortgang laat zien.',
      message: 'Doel {node} heeft geen indicator.',
    },
    'outcome-without-indicator': {
      description: 'Uitkomsten zijn meetbaar met een indicator.',
      message: 'Uitkomst {node} heeft geen indicator.',
    },
    'accountability-inverted': {
      description: 'De keten loopt van wat partners in eigen hand hebben, via invloed, naar wat zij belangrijk vinden.',
      message:
        '{source} ({from}) leidt tot {target} ({to}): de verantwoordingslijn staat op zijn kop. Klopt de invloedssfeer van beide kaarten?',
    },
    'horizon-reversed': {
      description: 'De keten loopt van korte naar lange termijn, niet terug.',
      message:
        '{source} ({from}) leidt tot {target} ({to}): lange termijn gaat hier voor korte termijn. Draai de verbinding om of pas de termijn aan.',
    },
  },
  severity: {
    error: 'Fout',
    warning: 'Waarschuwing',
    info: 'Tip',
  },
  checkFailed: 'Controle "{rule}" kon niet worden uitgevoerd ({error}).',
  emptyTitle: {
    partner: 'een partner',
    targetGroup: 'een doelgroep',
    group: 'een groep',
  },
} as const satisfies Catalogue;
