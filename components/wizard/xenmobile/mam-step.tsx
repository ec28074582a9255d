import { XmsMamForm } from "./lazy-views";
import { withAppliances } from "./with-appliances";

export const XmsMamStep = withAppliances(XmsMamForm);
