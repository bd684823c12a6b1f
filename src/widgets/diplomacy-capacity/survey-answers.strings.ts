import { catalogue } from '../../core/i18n.js';

export const surveyAnswersStrings = catalogue('surveyAnswers', {
  en: {
    statement: 'Respondents who…',
    share: 'Share',
    n: 'n',
    source: 'Source',
    about: 'about {value}',
    moreThan: 'more than {value}',
    atMost: 'at most {value}',
    nNotStated: 'not stated',
    responses: '{n} responses from {cities} cities',
    legend: 'Bars: solid = the exact figure; dashed = “about”; open-ended = “more than”; faded = “at most”.',
    showSource: 'Source and note',
    title: 'How the 47 cities answered',
    loadFailed: 'The survey’s figures could not be loaded. Check the connection, then close and open this part again.',
  },
});

export type SurveyAnswersKey = keyof typeof surveyAnswersStrings.en;
