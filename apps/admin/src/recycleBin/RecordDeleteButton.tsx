import { DeleteButton, useTranslate } from 'react-admin';

/**
 * The delete button of every record page. Deleting a record is soft (the API keeps it as evidence), so the
 * confirmation says an administrator can restore it from 回收站.
 */
export function RecordDeleteButton() {
  const translate = useTranslate();
  return <DeleteButton mutationMode="pessimistic" confirmContent={translate('lianxi.recycle.delete_confirm')} />;
}
