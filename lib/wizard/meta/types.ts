// What the wizard shows about a step besides its form: stepper label, heading, and why the
// admin is asked for it. Plain data (no zod), shared by the server pages and the client shell.
export interface WizardStepMeta {
  /** Short label for the stepper. */
  label: string;
  /** The step page's heading. */
  title: string;
  /** One or two sentences: why this step matters, in the admin's terms. */
  why: string;
  /**
   * Top-level document keys this step's page edits besides the ones it owns (stepKeys), e.g.
   * IGEL's Prerequisites asks for the OS generation, stored under loadBalancing.
   */
  alsoEdits?: readonly string[];
  /** The step whose page picks the appliance (Review links there when none is chosen). */
  choosesAppliance?: boolean;
}
