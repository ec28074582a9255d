// Its own module so the setup form can show the rule without loading zod in the browser.
export const MIN_PASSWORD_LENGTH = 12;
