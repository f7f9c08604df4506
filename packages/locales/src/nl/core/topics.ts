import type { Catalogue } from '../../catalogue.js';

/**
 * The subject packs' words in Dutch: the steps' guidance and questions that hold for any subject, and per pack its
 * title, description, example titles, risk group and areas. Dutch is the source: the other languages' catalogues are
 * typed against it.
 */
export const topics = {
  steps: {
    problem: {
      guidance:
        'Breng samen de aard en omvang van het probleem in kaart: welke feiten kennen we (met bron), en welke doelgroepen en risicogroepen zien we?',
      questions: {
        q1: 'Wat weten we over dit vraagstuk in onze gemeente of regio, en waar komt dat cijfer vandaan?',
        q2: 'Wie lopen meer risico, en wie bereiken we nu nog niet?',
        q3: 'Wat ontbreekt nog in ons beeld?',
      },
    },
    goals: {
      guidance: 'Wat willen we bereiken? Formuleer doelen voor de lange en de korte termijn, strategisch, tactisch en operationeel.',
      questions: {
        q1: 'Wat is er over vier jaar anders voor inwoners?',
        q2: 'Welke doelen op korte termijn brengen ons daar?',
        q3: 'Zijn de doelen zo geformuleerd dat we kunnen zien of we ze halen?',
      },
    },
    interventions: {
      guidance:
        'Wat doen we al en wat is nieuw? Verzamel de interventies per gebied ({areas}), met de partner die ze aanbiedt en de doelgroep die ze bereiken.',
      questions: {
        q1: 'Welk aanbod is er al, en wie biedt het aan?',
        q2: 'In welk gebied of voor welke doelgroep is er niets (witte vlek)?',
        q3: 'Waar bieden meerdere partners hetzelfde aan (dubbeling)?',
      },
    },
    mechanisms: {
      guidance: 'Waarom werkt het? Maak per interventie expliciet via welk werkzaam mechanisme zij bijdraagt aan een uitkomst en een doel.',
      questions: {
        q1: 'Wat verandert er bij de deelnemers doordat zij deze interventie krijgen?',
        q2: 'Welke uitkomst volgt daaruit, en welk doel dient die?',
        q3: 'Wat moet er waar zijn om dit te laten werken (aannames)?',
      },
    },
    prioritise: {
      guidance:
        'Kies samen de speerpunten: iedere deelnemer verdeelt zijn stippen over de interventies. Markeer daarna de gekozen prioriteiten.',
      questions: {
        q1: 'Welke interventies dragen het meest bij aan onze doelen?',
        q2: 'Waar zetten we de komende periode op in, en wat laten we los?',
      },
    },
    'partners-and-measures': {
      guidance:
        'Wie draagt wat? Verbind elke interventie met de partners die haar uitvoeren, en kies indicatoren die meetbaar en beschikbaar zijn: proces en effect, met nulmeting, streefwaarde en bron.',
      questions: {
        q1: 'Welke partner is eigenaar van deze interventie?',
        q2: 'Hoe zien we dat we vooruitgaan, en welke cijfers zijn er al?',
        q3: 'Wie meet het, en hoe vaak?',
      },
    },
  },
  algemeen: {
    title: 'Algemeen: elk onderwerp',
    description: 'Neutrale woorden voor elk onderwerp in het sociaal domein: eenzaamheid, jeugd, armoede, schulden, gezondheid, …',
    examples: {
      goal: 'Meer inwoners doen mee en voelen zich gesteund',
      outcome: 'Inwoners weten waar ze terechtkunnen',
      mechanism: 'De drempel om hulp te vragen wordt lager',
      intervention: 'Inloopspreekuur in de wijk',
      indicator: 'Aandeel inwoners dat weet waar ze hulp vinden',
      assumption: 'Partners delen signalen met elkaar',
    },
    riskGroup: 'Risicogroep (loopt meer risico)',
    areas: {
      prevention: 'preventie',
      signalling: 'signalering',
      support: 'ondersteuning en zorg',
      environment: 'leefomgeving',
      cooperation: 'samenwerking en borging',
    },
  },
  seksueelGeweld: {
    title: 'Aanpak seksueel geweld',
    description: 'Voorkomen en stoppen van seksueel geweld, met de vijf gebieden van de landelijke bouwstenen.',
    examples: {
      goal: 'Minder seksueel geweld onder jongeren',
      outcome: 'Omstanders grijpen in',
      mechanism: 'Handelingsverlegenheid neemt af',
      intervention: 'Lespakket relaties en seksualiteit',
      indicator: 'Dagen tot eerste contact met het CSG',
      assumption: 'Scholen geven lestijd voor seksuele vorming',
    },
    riskGroup: 'Risicogroep (loopt meer risico, als slachtoffer of als pleger)',
    problemQuestions: {
      q1: 'Wat weten we over seksueel geweld in onze gemeente of regio, en waar komt dat cijfer vandaan?',
      q2: 'Wie lopen meer risico om slachtoffer of pleger te worden?',
    },
  },
  templates: {
    blank: {
      title: 'Leeg',
      description: 'Begin met een leeg vel, voor elk onderwerp in het sociaal domein.',
    },
    blankSeksueelGeweld: {
      title: 'Leeg',
      description: 'Begin met een leeg vel, met de vijf gebieden van de landelijke bouwstenen.',
    },
    rutgersAchtpuntenplan: {
      title: 'Achtpuntenplan preventie (Rutgers)',
      description: 'Startopzet voor een lokale preventieve aanpak volgens de acht punten van Rutgers.',
    },
    landelijkeBouwstenen: {
      title: 'Landelijke bouwstenen regionale aanpak',
      description: 'Vier bouwstenen en vijf gebieden: preventie, signalering, zorg en ondersteuning, omgeving, handhaving en nazorg.',
    },
    voorbeeldregio: {
      title: 'Uitgewerkt voorbeeld: voorbeeldregio',
      description: 'Een complete regionale veranderlogica met partners, ketens, indicatoren en stemresultaten.',
    },
  },
} as const satisfies Catalogue;
