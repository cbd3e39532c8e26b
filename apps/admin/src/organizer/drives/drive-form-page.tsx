// Placeholder: replaced by the feature's real page.
import { PageHeader } from '../ui/page-header';

export function NewDrivePage() {
  return <PageHeader title="New drive" />;
}

export function EditDrivePage({ id }: { id: string }) {
  return <PageHeader title={`Edit ${id}`} />;
}
