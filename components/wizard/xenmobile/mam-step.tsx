import { XmsMamForm } from "./mam-form";
import { withAppliances } from "./with-appliances";

export const XmsMamStep = withAppliances(XmsMamForm);
