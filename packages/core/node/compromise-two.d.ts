import nlp from 'compromise/two';

export default nlp;
