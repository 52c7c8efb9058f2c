# The parts of reportlab the PDF renderer (intake_app/export) uses, typed by hand.
