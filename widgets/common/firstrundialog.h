// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/practiceservice.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace cc {

/**
 * Shown when the practice database is empty: start a demo practice (made-up patients, to learn
 * the workstation), an empty practice with its first administrator, or open another file.
 */
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { Demo, Empty, OpenFile };

    explicit FirstRunDialog(const QString &databasePath, QWidget *parent = nullptr);

    Choice choice() const;
    int demoEncounters() const;
    PracticeService::EmptyPractice emptyPractice() const;
    /// The file chosen with "Open another file" (empty otherwise).
    QString otherFile() const { return m_otherFile; }

private:
    void next();
    QButtonGroup *m_group = nullptr;
    QStackedWidget *m_stack = nullptr;
    QSpinBox *m_encounters = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_npi = nullptr;
    QLineEdit *m_taxId = nullptr;
    QLineEdit *m_adminUser = nullptr;
    QLineEdit *m_adminName = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_message = nullptr;
    QString m_otherFile;
};

} // namespace cc
