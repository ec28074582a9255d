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
  /**
   * Dotted fields under another step's key that this step's page asks for (its key must be in
   * `alsoEdits`): their issues count, are listed and link here, e.g. XenMobile's MDM step asks
   * for dns.xmsFqdn, because the MAM and Gateway steps build on the name before DNS comes.
   */
  asksFor?: readonly string[];
  /** The step whose page picks the appliance (Review links there when none is chosen). */
  choosesAppliance?: boolean;
}
