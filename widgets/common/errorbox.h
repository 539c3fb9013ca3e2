// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"

class QWidget;

namespace cc::ui {

/// Shows @p error as a sentence, with the technical detail behind "Show Details…".
void showError(QWidget *parent, const QString &title, const Error &error);

} // namespace cc::ui
