import WinnowCore
import WinnowCanvas
