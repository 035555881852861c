#pragma once

#include <QJsonObject>

// Test data of tst_labchecks (see checkcases.cpp for why it lives apart).
QJsonObject checksBaseWorld();
QJsonObject roleAssignments(const char *json);
QJsonObject secretsUserOnVault();
// Columns: extra (QJsonObject), check (QString), passes (bool), feedback (QString).
void addCheckCases();

enum class Case { KeyVaultSecretsUser, Orphans, Trace, TokenIssued, Invoke };
struct CheckCase {
    const char *first = nullptr;
    const char *second = nullptr;
};
CheckCase checkCase(Case which);
