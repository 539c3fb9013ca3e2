// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace cc {

/// Asks the biller why work goes back to the coder: a reason from the pick-list and a text.
class ReturnDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p suggested: the reason key to preselect (from the findings).
    ReturnDialog(const QString &patient, const QString &suggested, QWidget *parent = nullptr);

    QString reasonKey() const;
    QString text() const;

    void accept() override;

private:
    QComboBox *m_reason = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace cc
