# The Windows installer (WiX 3, as on GitHub's hosted Windows runners) and a
# .zip of the same files. The upgrade code never changes: it is how Windows
# knows a new version replaces the installed one instead of sitting beside it.
set(CPACK_GENERATOR "WIX;ZIP")
set(CPACK_WIX_UPGRADE_GUID "6F1D3C52-8B0E-4C57-9A2E-3D4B1E7A9C60")
set(CPACK_WIX_PRODUCT_ICON "${PROJECT_SOURCE_DIR}/resources/icons/servicedesk.ico")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Service Desk")
# WiX wants the licence as RTF; CPack converts a .txt itself.
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_BINARY_DIR}/installer/LICENSE.txt")
configure_file("${PROJECT_SOURCE_DIR}/LICENSE" "${PROJECT_BINARY_DIR}/installer/LICENSE.txt" COPYONLY)
