// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QDialogButtonBox;

namespace cc {

/**
 * Asks why a denial is worked the way it is (resubmit, write off, transfer, note): every
 * action needs a reason, which goes into the denial's history. OK stays disabled while the
 * reason is blank. Object names: "denialReasonEdit", "denialReasonButtons".
 */
class DenialReasonDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p title names the action, @p prompt says what happens and what to write.
    DenialReasonDialog(const QString &title, const QString &prompt, const QString &okText,
                       QWidget *parent = nullptr);

    QString reason() const;

private:
    QPlainTextEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

/**
 * The appeal: why (one line for the history) and the letter, filled from the template, to
 * read and edit before it is saved as a PDF. Object names: "appealReasonEdit",
 * "appealLetterEdit", "appealButtons".
 */
class AppealDialog : public QDialog
{
    Q_OBJECT
public:
    AppealDialog(const QString &claimNumber, const QString &letter, QWidget *parent = nullptr);

    QString reason() const;
    QString letter() const;

private:
    void updateOk();

    QLineEdit *m_reason = nullptr;
    QPlainTextEdit *m_letter = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace cc
