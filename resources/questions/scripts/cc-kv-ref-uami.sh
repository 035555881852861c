# Two web apps with only the user-assigned identity id-web (Key Vault Secrets User on the vault).
# webq-uami has keyVaultReferenceIdentity set to id-web, webq-default does not.
# Starts from resources/questions/worlds/webapps-kv-reference.json.
exec webq-default -- echo 'default: $PaymentApiKey'
exec webq-uami -- echo 'uami: $PaymentApiKey'
